/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Space Plan Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.SpacePlanSettings#getMinimumResidentDesks <em>Minimum Resident Desks</em>}</li>
 *   <li>{@link org.perenne.model.SpacePlanSettings#getMinimumPublicHoursPerWeek <em>Minimum Public Hours Per Week</em>}</li>
 *   <li>{@link org.perenne.model.SpacePlanSettings#getResultWeight <em>Result Weight</em>}</li>
 *   <li>{@link org.perenne.model.SpacePlanSettings#getPublicHoursWeight <em>Public Hours Weight</em>}</li>
 *   <li>{@link org.perenne.model.SpacePlanSettings#getBeneficiariesWeight <em>Beneficiaries Weight</em>}</li>
 *   <li>{@link org.perenne.model.SpacePlanSettings#getSolidarityWeight <em>Solidarity Weight</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getSpacePlanSettings()
 * @model
 * @generated
 */
public interface SpacePlanSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Minimum Resident Desks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Resident Desks</em>' attribute.
	 * @see #setMinimumResidentDesks(int)
	 * @see org.perenne.model.PerennePackage#getSpacePlanSettings_MinimumResidentDesks()
	 * @model
	 * @generated
	 */
	int getMinimumResidentDesks();

	/**
	 * Sets the value of the '{@link org.perenne.model.SpacePlanSettings#getMinimumResidentDesks <em>Minimum Resident Desks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Resident Desks</em>' attribute.
	 * @see #getMinimumResidentDesks()
	 * @generated
	 */
	void setMinimumResidentDesks(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Public Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Public Hours Per Week</em>' attribute.
	 * @see #setMinimumPublicHoursPerWeek(double)
	 * @see org.perenne.model.PerennePackage#getSpacePlanSettings_MinimumPublicHoursPerWeek()
	 * @model
	 * @generated
	 */
	double getMinimumPublicHoursPerWeek();

	/**
	 * Sets the value of the '{@link org.perenne.model.SpacePlanSettings#getMinimumPublicHoursPerWeek <em>Minimum Public Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Public Hours Per Week</em>' attribute.
	 * @see #getMinimumPublicHoursPerWeek()
	 * @generated
	 */
	void setMinimumPublicHoursPerWeek(double value);

	/**
	 * Returns the value of the '<em><b>Result Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result Weight</em>' attribute.
	 * @see #setResultWeight(double)
	 * @see org.perenne.model.PerennePackage#getSpacePlanSettings_ResultWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getResultWeight();

	/**
	 * Sets the value of the '{@link org.perenne.model.SpacePlanSettings#getResultWeight <em>Result Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result Weight</em>' attribute.
	 * @see #getResultWeight()
	 * @generated
	 */
	void setResultWeight(double value);

	/**
	 * Returns the value of the '<em><b>Public Hours Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Public Hours Weight</em>' attribute.
	 * @see #setPublicHoursWeight(double)
	 * @see org.perenne.model.PerennePackage#getSpacePlanSettings_PublicHoursWeight()
	 * @model
	 * @generated
	 */
	double getPublicHoursWeight();

	/**
	 * Sets the value of the '{@link org.perenne.model.SpacePlanSettings#getPublicHoursWeight <em>Public Hours Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Hours Weight</em>' attribute.
	 * @see #getPublicHoursWeight()
	 * @generated
	 */
	void setPublicHoursWeight(double value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beneficiaries Weight</em>' attribute.
	 * @see #setBeneficiariesWeight(double)
	 * @see org.perenne.model.PerennePackage#getSpacePlanSettings_BeneficiariesWeight()
	 * @model
	 * @generated
	 */
	double getBeneficiariesWeight();

	/**
	 * Sets the value of the '{@link org.perenne.model.SpacePlanSettings#getBeneficiariesWeight <em>Beneficiaries Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiaries Weight</em>' attribute.
	 * @see #getBeneficiariesWeight()
	 * @generated
	 */
	void setBeneficiariesWeight(double value);

	/**
	 * Returns the value of the '<em><b>Solidarity Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Solidarity Weight</em>' attribute.
	 * @see #setSolidarityWeight(double)
	 * @see org.perenne.model.PerennePackage#getSpacePlanSettings_SolidarityWeight()
	 * @model
	 * @generated
	 */
	double getSolidarityWeight();

	/**
	 * Sets the value of the '{@link org.perenne.model.SpacePlanSettings#getSolidarityWeight <em>Solidarity Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solidarity Weight</em>' attribute.
	 * @see #getSolidarityWeight()
	 * @generated
	 */
	void setSolidarityWeight(double value);

} // SpacePlanSettings
