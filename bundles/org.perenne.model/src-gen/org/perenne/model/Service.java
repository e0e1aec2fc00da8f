/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Service#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.Service#getUnitsPerMonth <em>Units Per Month</em>}</li>
 *   <li>{@link org.perenne.model.Service#getUnitLabel <em>Unit Label</em>}</li>
 *   <li>{@link org.perenne.model.Service#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.perenne.model.Service#getVariableCostPerUnit <em>Variable Cost Per Unit</em>}</li>
 *   <li>{@link org.perenne.model.Service#getRoom <em>Room</em>}</li>
 *   <li>{@link org.perenne.model.Service#getBeneficiariesPerUnit <em>Beneficiaries Per Unit</em>}</li>
 *   <li>{@link org.perenne.model.Service#getPublicHoursPerUnit <em>Public Hours Per Unit</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getService()
 * @model
 * @generated
 */
public interface Service extends VolumeOffer {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.ServiceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.ServiceKind
	 * @see #setKind(ServiceKind)
	 * @see org.perenne.model.PerennePackage#getService_Kind()
	 * @model
	 * @generated
	 */
	ServiceKind getKind();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.ServiceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ServiceKind value);

	/**
	 * Returns the value of the '<em><b>Units Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units Per Month</em>' attribute.
	 * @see #setUnitsPerMonth(double)
	 * @see org.perenne.model.PerennePackage#getService_UnitsPerMonth()
	 * @model
	 * @generated
	 */
	double getUnitsPerMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getUnitsPerMonth <em>Units Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units Per Month</em>' attribute.
	 * @see #getUnitsPerMonth()
	 * @generated
	 */
	void setUnitsPerMonth(double value);

	/**
	 * Returns the value of the '<em><b>Unit Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Label</em>' attribute.
	 * @see #setUnitLabel(String)
	 * @see org.perenne.model.PerennePackage#getService_UnitLabel()
	 * @model
	 * @generated
	 */
	String getUnitLabel();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getUnitLabel <em>Unit Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Label</em>' attribute.
	 * @see #getUnitLabel()
	 * @generated
	 */
	void setUnitLabel(String value);

	/**
	 * Returns the value of the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Price</em>' attribute.
	 * @see #setUnitPrice(double)
	 * @see org.perenne.model.PerennePackage#getService_UnitPrice()
	 * @model
	 * @generated
	 */
	double getUnitPrice();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getUnitPrice <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Price</em>' attribute.
	 * @see #getUnitPrice()
	 * @generated
	 */
	void setUnitPrice(double value);

	/**
	 * Returns the value of the '<em><b>Variable Cost Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable Cost Per Unit</em>' attribute.
	 * @see #setVariableCostPerUnit(double)
	 * @see org.perenne.model.PerennePackage#getService_VariableCostPerUnit()
	 * @model
	 * @generated
	 */
	double getVariableCostPerUnit();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getVariableCostPerUnit <em>Variable Cost Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable Cost Per Unit</em>' attribute.
	 * @see #getVariableCostPerUnit()
	 * @generated
	 */
	void setVariableCostPerUnit(double value);

	/**
	 * Returns the value of the '<em><b>Room</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Room</em>' reference.
	 * @see #setRoom(Room)
	 * @see org.perenne.model.PerennePackage#getService_Room()
	 * @model
	 * @generated
	 */
	Room getRoom();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getRoom <em>Room</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Room</em>' reference.
	 * @see #getRoom()
	 * @generated
	 */
	void setRoom(Room value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People reached by one unit (impact).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiaries Per Unit</em>' attribute.
	 * @see #setBeneficiariesPerUnit(double)
	 * @see org.perenne.model.PerennePackage#getService_BeneficiariesPerUnit()
	 * @model
	 * @generated
	 */
	double getBeneficiariesPerUnit();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getBeneficiariesPerUnit <em>Beneficiaries Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiaries Per Unit</em>' attribute.
	 * @see #getBeneficiariesPerUnit()
	 * @generated
	 */
	void setBeneficiariesPerUnit(double value);

	/**
	 * Returns the value of the '<em><b>Public Hours Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours of public access one unit provides (impact).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Hours Per Unit</em>' attribute.
	 * @see #setPublicHoursPerUnit(double)
	 * @see org.perenne.model.PerennePackage#getService_PublicHoursPerUnit()
	 * @model
	 * @generated
	 */
	double getPublicHoursPerUnit();

	/**
	 * Sets the value of the '{@link org.perenne.model.Service#getPublicHoursPerUnit <em>Public Hours Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Hours Per Unit</em>' attribute.
	 * @see #getPublicHoursPerUnit()
	 * @generated
	 */
	void setPublicHoursPerUnit(double value);

} // Service
