/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uncertainty</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Uncertainty#getTarget <em>Target</em>}</li>
 *   <li>{@link org.perenne.model.Uncertainty#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.perenne.model.Uncertainty#getIndex <em>Index</em>}</li>
 *   <li>{@link org.perenne.model.Uncertainty#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.perenne.model.Uncertainty#isDrawPerYear <em>Draw Per Year</em>}</li>
 *   <li>{@link org.perenne.model.Uncertainty#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.perenne.model.Uncertainty#getStrength <em>Strength</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getUncertainty()
 * @model
 * @generated
 */
public interface Uncertainty extends Element {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(EObject)
	 * @see org.perenne.model.PerennePackage#getUncertainty_Target()
	 * @model required="true"
	 * @generated
	 */
	EObject getTarget();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(EObject value);

	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.perenne.model.PerennePackage#getUncertainty_Attribute()
	 * @model required="true"
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position in a list attribute; -1 for every position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.perenne.model.PerennePackage#getUncertainty_Index()
	 * @model default="-1"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distribution</em>' containment reference.
	 * @see #setDistribution(Distribution)
	 * @see org.perenne.model.PerennePackage#getUncertainty_Distribution()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Distribution getDistribution();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#getDistribution <em>Distribution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' containment reference.
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(Distribution value);

	/**
	 * Returns the value of the '<em><b>Draw Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Draw Per Year</em>' attribute.
	 * @see #setDrawPerYear(boolean)
	 * @see org.perenne.model.PerennePackage#getUncertainty_DrawPerYear()
	 * @model
	 * @generated
	 */
	boolean isDrawPerYear();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#isDrawPerYear <em>Draw Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draw Per Year</em>' attribute.
	 * @see #isDrawPerYear()
	 * @generated
	 */
	void setDrawPerYear(boolean value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The common driver this figure follows, or none (drawn alone).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Driver)
	 * @see org.perenne.model.PerennePackage#getUncertainty_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How strongly the figure follows its driver, from -1 (always against it) to 1 (always with it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see #setStrength(double)
	 * @see org.perenne.model.PerennePackage#getUncertainty_Strength()
	 * @model
	 * @generated
	 */
	double getStrength();

	/**
	 * Sets the value of the '{@link org.perenne.model.Uncertainty#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(double value);

} // Uncertainty
